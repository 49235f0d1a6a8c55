// A render error ends the app through Ink's exit(error), so runExplorer can restore the terminal
// and print one line about it instead of leaving a half-drawn screen.
import { Component, type ReactNode } from "react";

export class ErrorBoundary extends Component<
  { onError: (error: unknown) => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
