package org.communityofpractice.examples.serve;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every page of the web app shows around its own content: its title, where it sits (the
 * breadcrumbs), the message left by the last form, and the CSRF token its forms carry.
 *
 * @param title the page's heading and title
 * @param text the words of the language the page is in
 * @param csrf the token every form on the page sends back
 * @param notice the message left by the form sent before, if any
 * @param crumbs the way back, from the home page
 * @param account the user name signed in, with login; empty without login
 * @param permissions what the account may do, so the page offers only that (everything without
 *     login)
 */
public record Page(
    String title,
    Text text,
    String csrf,
    Optional<Notice> notice,
    List<Crumb> crumbs,
    Optional<String> account,
    Set<Role.Permission> permissions) {
  /**
   * The words of {@code key} in the page's language, with {@code arguments} put in.
   *
   * @param key a key of the app's bundle
   * @param arguments what its pattern puts in, if it has any
   * @return the text, for the template to escape
   */
  public String t(String key, Object... arguments) {
    return text.get(key, arguments);
  }

  /**
   * Whether the page may offer what {@code permission} covers.
   *
   * @param permission such as {@link Role.Permission#RIGHTS}
   * @return true when the account (or, without login, whoever sits at this computer) may
   */
  public boolean may(Role.Permission permission) {
    return permissions.contains(permission);
  }

  /**
   * A message at the top of a page.
   *
   * @param text what to say
   * @param error whether it says something was not done
   */
  public record Notice(String text, boolean error) {}

  /**
   * One step of the way back.
   *
   * @param label the link's words
   * @param href where it goes
   */
  public record Crumb(String label, String href) {}
}
