// Run by Maven (the npm-ci execution in pom.xml) before the lint: installs the pinned npm tools with
// `npm ci` when node_modules is missing or older than package-lock.json, and does nothing otherwise.
// npm ci rewrites node_modules/.package-lock.json, so its time says when the install last ran.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const lock = path.join(__dirname, 'package-lock.json');
const installed = path.join(__dirname, 'node_modules', '.package-lock.json');

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch (e) {
    return -1;
  }
}

if (mtime(installed) >= mtime(lock)) {
  console.log('npm tools: up to date (openapi/node_modules)');
} else {
  console.log('npm tools: npm ci in openapi/ (pinned by package-lock.json)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: __dirname, stdio: 'inherit' });
}
