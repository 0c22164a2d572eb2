/** How a planner names each kind of element, with its indefinite article ("en nämnd", "ett mål"). */
const KIND_WORDS: Record<string, string> = {
    ModelHeader: 'en styrmodell',
    Vision: 'en vision',
    StrategicArea: 'en inriktning',
    Programme: 'ett program',
    Committee: 'en nämnd',
    Administration: 'en förvaltning',
    Owner: 'en nämnd eller förvaltning',
    PeerGroup: 'en jämförelsegrupp',
    Goal: 'ett mål',
    Contributable: 'ett mål eller en vision',
    Measure: 'ett mått'
};

export function kindWord(type: string): string {
    return KIND_WORDS[type] ?? type;
}
