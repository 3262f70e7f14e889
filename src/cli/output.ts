/** Write to stdout and wait until it is flushed, so large JSON is not cut off by an early exit. */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (err) => (err ? reject(err) : resolve()));
  });
}
