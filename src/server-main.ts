import { startLanguageServer } from './language-server.js';

// Entry of the server bundle that the VS Code extension starts.
startLanguageServer();
