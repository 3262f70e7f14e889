// The build's last step: the gazetteer's name table, built once from its packages and written
// beside the compiled code, so that no process pays for building it at start-up (see
// src/tagging/prebuilt.ts).
import { writeNameTable } from '../dist/tagging/prebuilt.js';

const started = Date.now();
const names = writeNameTable();
console.log(`name table: ${names} names in ${Date.now() - started} ms`);
