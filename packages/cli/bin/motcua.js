#!/usr/bin/env node
// The installed `motcua` command: the built CLI (a file that exists before the build, so that
// package managers can link it at install time).
import "../dist/bin.js";
