/**
 * Keeping what was recorded: a {@link org.communityofpractice.core.store.LiveSession}, the session
 * being recorded, whose journal keeps each event (JSON Lines, forced to the disk before its record
 * call returns, torn and damaged lines reported), the small {@link
 * org.communityofpractice.core.store.ArchiveStore} interface a charity can implement over its own
 * storage, and the embedded {@link org.communityofpractice.core.store.FileArchiveStore}: a folder
 * per community, one file per archive version written atomically, backups, optimistic versions and
 * a lock against two writers.
 */
package org.communityofpractice.core.store;
