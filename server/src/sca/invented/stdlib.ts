// Standard-library modules, never reported as invented packages. Python: every top-level module of
// CPython 3.8 to 3.13 (sys.stdlib_module_names of 3.11, plus those removed in 3.9-3.11: binhex,
// formatter, parser, symbol, dummy_threading; the ones 3.12 and 3.13 removed are in 3.11's list).
// Modules starting with `_` are private CPython ones and skipped by rule. Node: the builtin modules
// (require('module').builtinModules); subpaths (`fs/promises`) are covered by their first segment,
// and any `node:` import is a builtin by definition.

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

export const PYTHON_STDLIB = words(`
  abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb
  binascii binhex bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop
  collections colorsys compileall concurrent configparser contextlib contextvars copy copyreg crypt
  csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest dummy_threading
  email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch formatter
  fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib
  heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json
  keyword lib2to3 linecache locale logging lzma macpath mailbox mailcap marshal math mimetypes mmap
  modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode
  operator optparse os ossaudiodev parser pathlib pdb pickle pickletools pipes pkgutil platform
  plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data
  pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select
  selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3
  sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau
  symbol symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this
  threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle
  turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser
  winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo
`);

export const NODE_BUILTINS = words(`
  assert async_hooks buffer child_process cluster console constants crypto dgram diagnostics_channel
  dns domain events fs http http2 https inspector module net os path perf_hooks process punycode
  querystring readline repl stream string_decoder sys timers tls trace_events tty url util v8 vm
  wasi worker_threads zlib
`);
