/** The one-line reason a file system call failed, in words rather than an errno code. */
export function describeFsError(error: unknown, action: "read" | "write"): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return action === "read" ? "no such file" : "no such directory";
    case "EISDIR":
      return action === "read" ? "is a directory, not a brief file" : "is a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "ENAMETOOLONG":
      return "the path is too long";
    case "ELOOP":
      return "too many symbolic links";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "read-only file system";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EFBIG":
      return "larger than the file system allows";
    case "EIO":
      return "input/output error";
    case "ENXIO":
      return "no such device or address";
    case "ETXTBSY":
      return "a running program";
    default:
      return `cannot ${action} it (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
