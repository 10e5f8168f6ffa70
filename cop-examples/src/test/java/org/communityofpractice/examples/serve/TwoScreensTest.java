package org.communityofpractice.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.PersonId;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Two browsers on the same session: one records, the other watches it read-only until it takes
 * over; nothing it sends meanwhile is half-saved, and with the door signing people in at the same
 * time as the recorder writes, every entry a page confirmed is there after a restart.
 */
class TwoScreensTest extends ServerTest {
  private static final String AT = "/c/sotcop/capture/sotcop-1";

  @Test
  void theSecondScreenWatchesReadOnlyAndWhatItSendsIsRefusedWhole() throws Exception {
    browser.get("/");
    CaptureFlowTest.setUp(browser);
    browser.get(AT);
    browser.submit(AT + "/hope", "text", "From the first screen");

    WebClient second = new WebClient(server.uri());
    Document watching = second.get(AT);
    assertThat(watching.title()).startsWith("Watching:");
    assertThat(watching.select("textarea, form[action$=/hope]")).isEmpty();
    assertThat(watching.select("#so-far + ol li").eachText())
        .contains("Best hope: From the first screen");
    assertThat(watching.select("script[src]").eachAttr("src")).containsExactly("/static/live.js");

    Document refused = second.submit(AT + "/hope", "text", "From the second screen");
    assertThat(refused.select("p.notice.error").text()).contains("another screen is recording");
    assertThat(browser.get(AT).select("#so-far + ol li").eachText())
        .noneMatch(line -> line.contains("From the second screen"));

    second.submit(AT + "/take");
    second.submit(AT + "/hope", "text", "From the second screen, having taken over");
    assertThat(browser.get(AT).title()).as("the first screen now watches").startsWith("Watching:");
    Document late = browser.submit(AT + "/hope", "text", "Sent by the first screen too late");
    assertThat(late.select("p.notice.error").text()).contains("another screen is recording");
    assertThat(second.get(AT).select("#so-far + ol li").eachText())
        .contains("Best hope: From the second screen, having taken over")
        .noneMatch(line -> line.contains("too late"));
  }

  @Test
  void theDoorAndTheRecorderWritingAtOnceLoseNothingAndHalfSaveNothing() throws Exception {
    browser.get("/");
    CaptureFlowTest.setUp(browser);
    browser.get(AT);
    int arrivals = 12;
    int hopes = 12;
    WebClient recorder = browser; // one lock for every hope, whatever the field holds later
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Boolean>> confirmed = new ArrayList<>();
    try {
      for (int i = 0; i < arrivals; i++) {
        String name = "Walk In " + i;
        confirmed.add(pool.submit(signIn(name)));
      }
      for (int i = 0; i < hopes; i++) {
        String hope = "Hope number " + i;
        confirmed.add(
            pool.submit(
                () -> {
                  synchronized (recorder) {
                    HttpResponse<String> r = recorder.post(AT + "/hope", "text", hope);
                    return r.statusCode() == 303
                        && r.headers().firstValue("Location").orElse("").endsWith("#hope");
                  }
                }));
      }
      for (Future<Boolean> f : confirmed) {
        assertThat(f.get()).as("every entry is confirmed").isTrue();
      }
    } finally {
      pool.shutdownNow();
    }

    server.close(); // a restart: what the pages confirmed is in the journal
    server = CopServer.builder(store).port(0).start();
    WebClient after = new WebClient(server.uri());
    List<String> lines = after.get(AT).select("#so-far + ol li").eachText();
    assertThat(lines.stream().filter(l -> l.startsWith("Best hope: Hope number"))).hasSize(hopes);
    assertThat(lines.stream().filter(l -> l.startsWith("Arrived: Walk In"))).hasSize(arrivals);
    // nobody joined the register without arriving, nor arrived without joining it
    Community c = stored();
    List<PersonId> walkIns =
        c.register().people().stream()
            .filter(p -> p.name().startsWith("Walk In"))
            .map(p -> p.id())
            .toList();
    assertThat(walkIns).hasSize(arrivals);
  }

  private Callable<Boolean> signIn(String name) {
    return () -> {
      WebClient door = new WebClient(server.uri());
      door.get(AT + "/door");
      HttpResponse<String> r =
          door.post(
              AT + "/door", "name", name, "agree", "COMMUNITY_COMMUNICATIONS", "notice", "2016-1");
      // a refusal goes back to the door too: the message there tells them apart
      return r.statusCode() == 303
          && door.get(AT + "/door").select("p.notice:not(.error)").text().startsWith("Welcome");
    };
  }
}
