/**
 * Rasterising a chart's SVG for the Word report (READERS.md 5: each measure's trend chart as an image with
 * alternative text). Word and LibreOffice both show a PNG; the SVG is drawn by @resvg/resvg-js, a prebuilt
 * rasteriser that works offline with the system's fonts. It is loaded only when a Word report is written, and
 * is optional: without it the report keeps the chart's numbers in its table and says the images are missing.
 */

/** An SVG drawn as PNG bytes at `scale` times its size. */
export type Rasterise = (svg: string, scale: number) => Uint8Array;

/** The rasteriser, or undefined when @resvg/resvg-js cannot be loaded on this machine. */
export async function loadRasteriser(): Promise<Rasterise | undefined> {
    try {
        const { Resvg } = await import('@resvg/resvg-js');
        return (svg, scale) =>
            // The SVG names its fonts (DejaVu Sans, Liberation Sans, Arial, Helvetica): the system's are loaded.
            new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: true } }).render().asPng();
    } catch {
        return undefined;
    }
}

/** What the report says in place of the images when there is no rasteriser. */
export const NO_RASTERISER =
    'Diagrammen finns inte med som bilder i Word-rapporten: paketet @resvg/resvg-js saknas (npm install @resvg/resvg-js). Siffrorna står i tabellerna.';
