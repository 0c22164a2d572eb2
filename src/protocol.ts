/**
 * The custom messages between the language server and the VS Code extension (and any other client).
 * Shared by both sides so the names and shapes cannot drift apart.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { JsonPatch } from './render/json-patch.js';
import type { PackedRenderInput } from './render/render-input.js';

export interface PreviewParams {
    /** A document of the model to show. */
    uri: string;
    /** The year to show first; the model's `år` when absent. */
    year?: number;
    /**
     * The `version` of the answer the client shows for this document and year: when the answer would be the same,
     * the server says `unchanged` instead of sending it again, and otherwise sends what changed (`delta`).
     */
    known?: string;
}

/** Errors in the model's files when the result was computed: the preview says so and keeps the last valid result. */
export interface ModelErrors {
    count: number;
    /** The first error, to name in the banner: `file` is its workspace-relative name (`nämnderna.styr`). */
    first?: { file: string; line: number; message: string };
    /**
     * Set while a syntax error keeps the numbers from being recomputed: the input is the last valid result, and
     * this says so ("Senaste giltiga resultat; rad 32 har fel"), as the code lenses, inlay hints and hover do.
     */
    lastValid?: string;
}

/**
 * `ok`: the model's results whole (unpack with unpackRenderInput) and `version`, naming this answer, to send back
 * as `known`. `delta`: the answer of `version` is the client's answer of `base` (the `known` it sent) with `patch`
 * applied (render/json-patch.ts, on the packed input): a keystroke changes a few results, and the client holds
 * the rest. A client that no longer holds `base` asks again without `known`. `unchanged`: the answer would be the
 * one of `known`.
 */
export type PreviewResult =
    | { kind: 'ok'; input: PackedRenderInput; version: string; errors?: ModelErrors }
    | { kind: 'delta'; patch: JsonPatch; base: string; version: string; errors?: ModelErrors }
    | { kind: 'unchanged'; version: string }
    | { kind: 'unavailable'; message: string };

/** Request: fulfilment of the model a document belongs to, for every year with data. */
export const PreviewRequest = new RequestType<PreviewParams, PreviewResult, void>('styrmodell/preview');

export interface ModelChangedParams {
    /** Every document URI of the model that was rebuilt. */
    uris: string[];
}

/** Notification from the server: a model was rebuilt (text or data file changed); previews re-request. */
export const ModelChangedNotification = new NotificationType<ModelChangedParams>('styrmodell/modelChanged');

/**
 * Client command (VS Code: registered by the extension) that a goal's code lens runs: open the preview of the
 * document's model with the goal in focus. Arguments: the document URI and the goal id.
 */
export const ShowPreviewAtCommand = 'styrmodell.showPreviewAt';
export type ShowPreviewAtArguments = [uri: string, goal: string];

/**
 * Notification from the client: the user trusted the workspace (VS Code's Restricted Mode ended), so data files
 * may now be read. Until then a client that starts the server with `initializationOptions.trusted: false` gets
 * the language without data (README "Restricted Mode").
 */
export const WorkspaceTrustedNotification = new NotificationType<void>('styrmodell/workspaceTrusted');

/** What the preview says instead of results in an untrusted workspace: one sentence, why and what to do. */
export const UNTRUSTED_PREVIEW_MESSAGE =
    'Arbetsytan är inte betrodd, så inga datafiler läses och måluppfyllelsen visas först när du litar på arbetsytan (Trust).';

/**
 * The client's workspace file system, for a language server that has none of its own (VS Code for the Web: the
 * server runs in a web worker). The extension answers with `vscode.workspace.fs`; `uri` is always a URI string.
 */
export interface FileEntry {
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}

export interface FileParams {
    uri: string;
}

/** The entries of a folder; an empty list when it cannot be read. */
export const ReadDirectoryRequest = new RequestType<FileParams, FileEntry[], void>('styrmodell/fs/readDirectory');
/** What is at a URI; null when nothing is. */
export const StatRequest = new RequestType<FileParams, FileEntry | null, void>('styrmodell/fs/stat');
/** A file's bytes as base64 (JSON carries no bytes); null when it cannot be read, with Node's error code. */
export const ReadFileRequest = new RequestType<FileParams, { base64: string } | { error: string }, void>(
    'styrmodell/fs/readFile'
);
