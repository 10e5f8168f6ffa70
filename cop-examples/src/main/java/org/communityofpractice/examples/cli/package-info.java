/**
 * The {@code cop} command-line tool ({@link org.communityofpractice.examples.cli.Cop}): demo,
 * validate, render, review, analyse, subject requests and live capture, each a picocli command with
 * {@code --help}.
 */
package org.communityofpractice.examples.cli;
