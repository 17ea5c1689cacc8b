#!/usr/bin/env node
// Entry of the `factdesk` command: runs the TypeScript CLI through tsx (no build step needed).
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
