/**
 * The disclosure policy and what it produces: publishable views of a session, a series and a
 * community that hold no register data beyond what each person's consent allows. The report
 * composer consumes these views and nothing else.
 *
 * <ul>
 *   <li>{@link org.communityofpractice.core.privacy.DisclosurePolicy} — the policy: consent as of
 *       an instant, the suppression threshold (default 5);
 *   <li>{@link org.communityofpractice.core.privacy.Attribution} — by name, by role and place, or
 *       "a community member";
 *   <li>{@link org.communityofpractice.core.privacy.Breakdown} — counts with small cells suppressed
 *       and secondary suppression;
 *   <li>{@link org.communityofpractice.core.privacy.PublishableSession}, {@link
 *       org.communityofpractice.core.privacy.PublishableSeries}, {@link
 *       org.communityofpractice.core.privacy.PublishableCommunity} — the views;
 *   <li>{@link org.communityofpractice.core.privacy.MailingList} — the email list, derived from
 *       consent whenever it is needed, never stored.
 * </ul>
 *
 * <p>No view holds a {@code PersonId}, contact details, an organisation's name, a lived-experience
 * category or anything about a restricted person beyond anonymous counts.
 */
@CopStyle
package org.communityofpractice.core.privacy;

import org.communityofpractice.core.internal.CopStyle;
