package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopTest {
  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    CopRun run = CopRun.of("--help");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).contains("Usage: cop").contains("Exit codes:").contains("cop demo --out cop-demo-out");
  }

  @Test
  void noCommandIsAUsageErrorThatSaysWhereToStart() {
    CopRun run = CopRun.of();
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("Say which command to run").doesNotContain("Exception");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CopRun run = CopRun.of("frobnicate");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("frobnicate").doesNotContain("Exception");
  }
}
