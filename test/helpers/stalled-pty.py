# A terminal that stops reading, as a stalled SSH link or a paused pane does:
#   python3 test/helpers/stalled-pty.py SIGNAL COMMAND...
# Runs COMMAND in a pty of 200x50, reads until the explorer's header is drawn, then never reads again
# while it types page keys (each redraws the screen) until the pty's output buffer is full, sends
# SIGNAL and waits at most 3 s for the process to end. Prints one JSON line: how many bytes the
# terminal was left holding unread, and the exit code (128 + n for a signal), or null if it still ran.
import fcntl, json, os, pty, select, signal, struct, sys, termios, time

HEADER = "5 搜索".encode()
sig = getattr(signal, sys.argv[1])
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))
seen = b""
deadline = time.time() + 30
while HEADER not in seen and time.time() < deadline:
    if select.select([fd], [], [], 0.2)[0]:
        seen += os.read(fd, 65536)


def unread():
    return struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"))[0]


# Keys go the other way (into the pty's input), so they can always be typed; the output piles up.
last = -1
for i in range(2000):
    os.write(fd, b"\x1b[6~" if i % 2 == 0 else b"\x1b[5~")
    time.sleep(0.005)
    if i % 100 == 99:
        now = unread()
        if now == last:
            break
        last = now
pending = unread()
os.kill(pid, sig)
code = None
end = time.time() + 3
while time.time() < end:
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        code = os.waitstatus_to_exitcode(status)
        code = 128 - code if code < 0 else code
        break
    time.sleep(0.02)
if code is None:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
print(json.dumps({"unread": pending, "code": code}))
