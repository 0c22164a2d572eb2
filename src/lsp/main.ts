import { startLanguageServer } from './server.js';

// Entry of the server bundle that the VS Code extension starts.
startLanguageServer();
