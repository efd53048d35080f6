/**
 * Implementation of job bookmarks, not API: one run's view of its bookmark from init to commit
 * ({@code JobBookmarkRun}) and what sources ask it ({@code SourceTracker}). The bookmark state itself
 * ({@code BookmarkStore}, {@code JobBookmarkEntry}, …) is in {@code org.gluesuite.runtime.bookmark}.
 */
package org.gluesuite.runtime.bookmark.internal;
