// natural has no `exports` map and its index must never be loaded (it prints to stdout and reads
// .env), so its deep modules are imported by path; these declarations give them types.
declare module 'natural/lib/natural/stemmers/*.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
