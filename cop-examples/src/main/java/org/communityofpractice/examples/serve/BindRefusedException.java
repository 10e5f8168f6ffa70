package org.communityofpractice.examples.serve;

/**
 * {@link CopServer} refused to start on the address it was given: bound beyond this computer, the
 * web app would show the member register to anyone on the network, and it has no login to stop
 * them. The message names the address and what to do.
 */
public final class BindRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BindRefusedException(String message) {
    super(message);
  }
}
