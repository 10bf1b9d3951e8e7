#!/usr/bin/env node
// Committed entry point so the bin link exists before the first build; the code is in dist/.
import '../dist/main.js';
