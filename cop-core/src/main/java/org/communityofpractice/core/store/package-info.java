/**
 * Keeping what was recorded: the {@link org.communityofpractice.core.store.Journal} of a session
 * being recorded (JSON Lines, each event forced to the disk before its record call returns, torn
 * and damaged lines reported), the small {@link org.communityofpractice.core.store.ArchiveStore}
 * interface a charity can implement over its own storage, and the embedded {@link
 * org.communityofpractice.core.store.FileArchiveStore}: a folder per community, one file per
 * archive version written atomically, backups, optimistic versions and a lock against two writers.
 */
package org.communityofpractice.core.store;
