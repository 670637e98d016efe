// When the language server dies, the client restarts it. vscode-languageclient's default handler
// shuts the client down after a few write errors, and a killed server always produces them (every
// message the client sends into the closed pipe is an EPIPE), so the server was never restarted
// after an out-of-memory kill. Write errors are left to the close decision here: restart, unless
// the server already died `maxRestarts` times within `windowMs` (a crash loop).

export interface RestartDecision {
  restart: boolean;
  message?: string;
}

export class RestartPolicy {
  private readonly deaths: number[] = [];

  constructor(
    private readonly maxRestarts = 4,
    private readonly windowMs = 3 * 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The server process closed its connection: restart it or give up. */
  closed(): RestartDecision {
    const now = this.clock();
    this.deaths.push(now);
    while (this.deaths.length > 0 && now - this.deaths[0] > this.windowMs) this.deaths.shift();
    if (this.deaths.length <= this.maxRestarts) return { restart: true };
    const minutes = Math.round(this.windowMs / 60_000);
    return {
      restart: false,
      message: `The Warden language server stopped ${this.deaths.length} times in ${minutes} minutes and is not restarted. See the "Warden" output for the cause; reload the window to try again.`,
    };
  }
}
