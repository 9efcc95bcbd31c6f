'use strict';
// Starts aws-ses-v2-local (the SES v1/v2 stand-in) for the Si Kerja local runtime.
// Usage: node server.js --host 127.0.0.1 --port 8005
// The supervisor keeps this process's stdin open; when it closes (the supervisor stopped or died),
// the emulator exits, so no orphan is left behind.
const startServer = require('aws-ses-v2-local').default;

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}

const host = option('host', '127.0.0.1');
const port = Number.parseInt(option('port', '8005'), 10);

process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();

startServer({ host, port })
  .then(() => console.log(`aws-ses-v2-local: listening on http://${host}:${port}`))
  .catch((error) => {
    console.error('aws-ses-v2-local: failed to start', error);
    process.exit(1);
  });
