/** Runtime-wide implementation details, not API: the crash-safety tests' fault injection ({@code CrashPoints}). */
package org.gluesuite.runtime.internal;
