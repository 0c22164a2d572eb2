import { Inflate } from 'fflate';

/**
 * A minimal, bounded reader of zip archives (what an `.xlsx` workbook is). It reads the central directory and
 * inflates only the parts asked for, counting every byte it produces, so a zip bomb or a lying size field
 * stops with a {@link ZipLimitError} instead of filling the memory. Pure: bytes in, bytes out.
 */

/** The most one workbook may unpack to, all parts together: a sheet of a million short rows fits; a zip bomb stops within a second. */
export const MAX_UNPACKED_BYTES = 128 * 1024 * 1024;

/**
 * Pieces of compressed input handed to the inflater at a time. Deflate expands at most about 1032 times, so one
 * step produces at most some 66 MB before the count stops it; larger steps inflate faster.
 */
const INPUT_STEP = 64 * 1024;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;

export interface ZipEntry {
    name: string;
    method: number;
    compressedSize: number;
    declaredSize: number;
    localHeaderOffset: number;
}

/** The archive is not a readable zip: a broken or truncated file. */
export class ZipFormatError extends Error {}

/** Unpacking would pass {@link MAX_UNPACKED_BYTES}. */
export class ZipLimitError extends Error {}

/** True for bytes that start like a zip archive (`PK\x03\x04`). */
export function looksLikeZip(bytes: Uint8Array): boolean {
    return bytes.length >= 4 && readUint32(bytes, 0) === LOCAL_HEADER;
}

export class ZipArchive {
    readonly entries = new Map<string, ZipEntry>();
    private unpacked = 0;

    constructor(
        private readonly bytes: Uint8Array,
        private readonly limit = MAX_UNPACKED_BYTES
    ) {
        this.readDirectory();
    }

    has(name: string): boolean {
        return this.entries.has(name);
    }

    /** The entry's content; throws {@link ZipFormatError} or {@link ZipLimitError}. */
    read(name: string): Uint8Array {
        const entry = this.entries.get(name);
        if (entry === undefined) {
            throw new ZipFormatError(`delen ${name} saknas`);
        }
        const bytes = this.bytes;
        const at = entry.localHeaderOffset;
        if (at + 30 > bytes.length || readUint32(bytes, at) !== LOCAL_HEADER) {
            throw new ZipFormatError(`delen ${name} är trasig`);
        }
        const start = at + 30 + readUint16(bytes, at + 26) + readUint16(bytes, at + 28);
        const end = start + entry.compressedSize;
        if (end > bytes.length) {
            throw new ZipFormatError(`delen ${name} är avkortad`);
        }
        const compressed = bytes.subarray(start, end);
        if (entry.method === 0) {
            this.count(compressed.length);
            return compressed;
        }
        if (entry.method !== 8) {
            throw new ZipFormatError(`delen ${name} är packad på ett sätt som inte stöds (metod ${entry.method})`);
        }
        return this.inflate(compressed, entry);
    }

    private inflate(compressed: Uint8Array, entry: ZipEntry): Uint8Array {
        const chunks: Uint8Array[] = [];
        let size = 0;
        const inflater = new Inflate(chunk => {
            size += chunk.length;
            this.count(chunk.length);
            chunks.push(chunk);
        });
        try {
            for (let p = 0; p < compressed.length; p += INPUT_STEP) {
                const last = p + INPUT_STEP >= compressed.length;
                inflater.push(compressed.subarray(p, Math.min(p + INPUT_STEP, compressed.length)), last);
            }
            if (compressed.length === 0) {
                inflater.push(new Uint8Array(0), true);
            }
        } catch (error) {
            if (error instanceof ZipLimitError) {
                throw error;
            }
            throw new ZipFormatError(`delen ${entry.name} kan inte packas upp`);
        }
        const out = new Uint8Array(size);
        let offset = 0;
        for (const chunk of chunks) {
            out.set(chunk, offset);
            offset += chunk.length;
        }
        return out;
    }

    private count(bytes: number): void {
        this.unpacked += bytes;
        if (this.unpacked > this.limit) {
            throw new ZipLimitError(`arbetsboken packas upp till mer än ${Math.round(this.limit / 1024 / 1024)} MB`);
        }
    }

    private readDirectory(): void {
        const bytes = this.bytes;
        // The end record is in the last 22 + 65 535 bytes (its comment is at most that long).
        let end = -1;
        for (let p = bytes.length - 22; p >= 0 && p >= bytes.length - 22 - 65535; p--) {
            if (readUint32(bytes, p) === END_OF_DIRECTORY) {
                end = p;
                break;
            }
        }
        if (end < 0) {
            throw new ZipFormatError('zip-arkivets innehållsförteckning saknas (filen är avkortad eller trasig)');
        }
        const count = readUint16(bytes, end + 10);
        let p = readUint32(bytes, end + 16);
        const decoder = new TextDecoder();
        for (let i = 0; i < count; i++) {
            if (p + 46 > bytes.length || readUint32(bytes, p) !== CENTRAL_HEADER) {
                throw new ZipFormatError('zip-arkivets innehållsförteckning är trasig');
            }
            const nameLength = readUint16(bytes, p + 28);
            const extraLength = readUint16(bytes, p + 30);
            const commentLength = readUint16(bytes, p + 32);
            const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
            this.entries.set(name, {
                name,
                method: readUint16(bytes, p + 10),
                compressedSize: readUint32(bytes, p + 20),
                declaredSize: readUint32(bytes, p + 24),
                localHeaderOffset: readUint32(bytes, p + 42)
            });
            p += 46 + nameLength + extraLength + commentLength;
        }
    }
}

function readUint16(bytes: Uint8Array, at: number): number {
    return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function readUint32(bytes: Uint8Array, at: number): number {
    return (
        ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16)) +
        (bytes[at + 3] ?? 0) * 0x1000000
    );
}
