/**
 * A file-system error in the operator's words, from the side of whoever reads or writes the
 * file: a missing path means no such file to a reader, but a missing directory to a writer.
 */
export function fileErrorWords(error: unknown, doing: 'read' | 'write'): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT': return doing === 'write' ? 'its directory does not exist' : 'no such file';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'it is a directory';
    case 'ENOSPC': return 'the disk is full';
    case 'EPIPE': return 'its reader closed it before the end';
    default: return error instanceof Error ? error.message : String(error);
  }
}
