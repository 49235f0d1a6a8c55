// What a failed write to stdout or stderr means, for every command and the explorer:
//   EPIPE on stdout      the reader left early (`court-report toc | head -1`): not an error, exit 0
//   stdout's terminal gone (EIO after a hangup)
//                        die of SIGHUP without touching it again (./hangup.ts): exit 129
//   any other stdout error (ENOSPC on `>/dev/full`, EIO, EBADF)
//                        one line on stderr if it can be written, exit 1, never a stack trace
//   any stderr error     ignored: there is nowhere left to report it, and the exit code still says
//                        what happened (2 for a usage error, 1 for a failure)
import { errorLine } from "./error-line";
import { hangUp, terminalGone } from "./hangup";

const REASONS: Record<string, string> = {
  ENOSPC: "设备上没有空间了",
  EIO: "输入输出错误",
  EBADF: "输出没有打开，不能写",
  EAGAIN: "输出暂时不能写",
  EACCES: "没有写的权限",
  EFBIG: "文件太大",
  EDQUOT: "超出了磁盘配额",
};

export function outputErrorLine(error: NodeJS.ErrnoException): string {
  const reason = (error.code && REASONS[error.code]) ?? errorLine(error).replace(/^court-report: /, "");
  return `court-report: 无法写出结果：${reason}${error.code ? `（${error.code}）` : ""}`;
}

export function handleOutputErrors(): void {
  const wasTerminal = process.stdout.isTTY === true;
  process.stderr.on("error", () => {});
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    if (wasTerminal && terminalGone(1)) {
      hangUp();
      return;
    }
    try {
      process.stderr.write(`${outputErrorLine(error)}\n`);
    } catch {
      // stderr is gone too: the exit code alone tells
    }
    process.exit(1);
  });
}
