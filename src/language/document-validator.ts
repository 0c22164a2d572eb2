import {
    AstUtils,
    DefaultDocumentValidator,
    DocumentValidator,
    type LangiumDocument,
    type ValidationOptions
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticCodes } from '../model/diagnostic-codes.js';
import { closestName } from '../text/closest-name.js';
import { nameOf } from './display-name.js';
import { isMeasureFollowUp } from './generated/ast.js';
import { kindWord } from './kind-words.js';
import type { ModelMembership } from './model-membership.js';
import type { StyrmodellLanguageServices } from './styrmodell-module.js';

/**
 * Gives syntax and reference errors stable codes and Swedish messages that say what kind of element was
 * expected and, when the name exists with another kind, what it is.
 */
export class StyrmodellDocumentValidator extends DefaultDocumentValidator {
    private readonly membership: ModelMembership;
    private readonly indexManager: StyrmodellLanguageServices['shared']['workspace']['IndexManager'];
    private readonly astReflection: StyrmodellLanguageServices['shared']['AstReflection'];

    constructor(services: StyrmodellLanguageServices) {
        super(services);
        this.membership = services.references.ModelMembership;
        this.indexManager = services.shared.workspace.IndexManager;
        this.astReflection = services.shared.AstReflection;
    }

    override async validateDocument(
        document: LangiumDocument,
        options?: ValidationOptions,
        cancelToken?: CancellationToken
    ): Promise<Diagnostic[]> {
        const notUtf8 = notUtf8Diagnostic(document);
        if (notUtf8) return [notUtf8];
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            const internal = (diagnostic.data as { code?: string } | undefined)?.code;
            if (internal === DocumentValidator.LexingError || internal === DocumentValidator.ParsingError) {
                diagnostic.code = DiagnosticCodes.syntaxError;
            }
        }
        return diagnostics;
    }

    protected override processLinkingErrors(
        document: LangiumDocument,
        diagnostics: Diagnostic[],
        options: ValidationOptions
    ): void {
        const before = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        const errors = document.references.filter(ref => ref.error);
        const dropped = new Set<Diagnostic>();
        for (let i = before; i < diagnostics.length; i++) {
            const reference = errors[i - before];
            if (!reference?.error) continue;
            const info = reference.error.info;
            const refText = reference.$refText;
            const expected = this.astReflection.getReferenceType(info);
            const other = this.findAnyKind(AstUtils.getDocument(info.container), refText, expected);
            const diagnostic = diagnostics[i];
            if (isMeasureFollowUp(info.container) && info.property === 'measure') {
                const goal = info.container.goal?.ref;
                // An unknown goal has its own error on the same line; the measure's would only repeat it.
                if (!goal) {
                    dropped.add(diagnostic);
                    continue;
                }
                const names = goal.measures.map(measure => measure.name).filter(Boolean);
                diagnostic.code = DiagnosticCodes.unresolvedReference;
                diagnostic.message =
                    names.length > 0
                        ? `Målet ${nameOf(goal)} har inget mått som heter ${refText}. Skriv ett av målets mått: ${names.join(', ')}.`
                        : `Målet ${nameOf(goal)} har inga mått. Följ upp målet med \`mål ${nameOf(goal)} { … }\` eller lägg till måttet i målet.`;
            } else if (other) {
                diagnostic.code = DiagnosticCodes.wrongReferenceKind;
                diagnostic.message = `${refText} är ${kindWord(other)}, men här ska det stå ${kindWord(expected)}.`;
            } else if (expected === 'ModelHeader') {
                diagnostic.code = DiagnosticCodes.partOfWithoutHeader;
                diagnostic.message = `Det finns ingen styrmodell som heter ${refText}. Skriv namnet från filen med \`styrmodell ${refText} "…" { … }\`, eller skapa den.`;
            } else {
                diagnostic.code = DiagnosticCodes.unresolvedReference;
                const suggestion = this.closestOfKind(AstUtils.getDocument(info.container), refText, expected);
                diagnostic.message = suggestion
                    ? `Det finns inget namn ${refText} i modellen. Menade du ${suggestion}?`
                    : `Det finns inget namn ${refText} i modellen. Här ska det stå ${kindWord(expected)}: kontrollera stavningen eller skapa det.`;
                if (suggestion) diagnostic.data = { ...(diagnostic.data as object | undefined), suggestion };
            }
        }
        if (dropped.size > 0) {
            const kept = diagnostics.filter(diagnostic => !dropped.has(diagnostic));
            diagnostics.splice(0, diagnostics.length, ...kept);
        }
    }

    /** The model's name of the expected kind closest to a misspelt reference. */
    private closestOfKind(document: LangiumDocument, refText: string, expected: string): string | undefined {
        const uris = this.membership.urisSharingModelWith(document);
        const names = this.indexManager
            .allElements(undefined, uris)
            .filter(d => this.astReflection.isSubtype(d.type, expected))
            .map(d => d.name);
        return closestName(refText.normalize('NFC'), names);
    }

    private findAnyKind(document: LangiumDocument, refText: string, expected: string): string | undefined {
        const name = refText.normalize('NFC');
        const uris = this.membership.urisSharingModelWith(document);
        const match = this.indexManager
            .allElements(undefined, uris)
            .find(d => d.name === name && !this.astReflection.isSubtype(d.type, expected));
        return match?.type;
    }
}

/**
 * A file saved as Windows-1252 (Excel's and Notepad's old default) is read as UTF-8, and every å, ä and ö becomes
 * U+FFFD. That is one mistake with one remedy, so it gets one message instead of a syntax error at each letter.
 */
function notUtf8Diagnostic(document: LangiumDocument): Diagnostic | undefined {
    const text = document.textDocument.getText();
    const offset = text.indexOf('\uFFFD');
    if (offset < 0) return undefined;
    const start = document.textDocument.positionAt(offset);
    return {
        range: { start, end: { line: start.line, character: start.character + 1 } },
        severity: 1,
        code: DiagnosticCodes.syntaxError,
        source: 'styrmodell',
        message:
            `Filen är inte sparad som UTF-8, så å, ä och ö kan inte läsas (första gången på rad ${start.line + 1}). ` +
            'Öppna filen med teckenkodningen Windows 1252 och spara den som UTF-8 (i VS Code: klicka på "UTF-8" i statusraden).'
    };
}
