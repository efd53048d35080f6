/** How locations in the lake are written ({@link org.gluesuite.runtime.lake.LakePaths}). */
package org.gluesuite.runtime.lake;
