/** What public/boot.js leaves for the application: the first screen's requests, already under way. */
interface Boot {
  me?: Promise<Response> | undefined;
  worklist?: Promise<Response> | undefined;
}

interface Window {
  __sxBoot?: Boot;
}
