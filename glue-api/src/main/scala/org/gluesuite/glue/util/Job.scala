package org.gluesuite.glue.util

import scala.collection.JavaConverters._

import org.apache.hadoop.fs.FileSystem
import org.apache.hadoop.util.ShutdownHookManager
import org.gluesuite.glue.GlueContext
import org.gluesuite.glue.internal.GlueApiErrors
import org.gluesuite.runtime.job.JobRunner

/**
 * Glue's `Job`: `Job.init(name, glueContext, args)` starts a run (its bookmark opened, recorded RUNNING) and
 * `Job.commit()` ends it (error records filed, staged data published, catalog updated, bookmark committed). This is
 * glue-runtime's `JobRunner` lifecycle, called in two halves. A JVM that ends between the two fails the run and
 * keeps nothing it staged.
 */
object Job {
  private final case class Open(context: GlueContext, run: JobRunner#OpenRun, hook: Runnable)

  /** Before Spark stops its context and Hadoop closes its file systems, so the staged files can still be dropped. */
  private val HookPriority = FileSystem.SHUTDOWN_HOOK_PRIORITY + 40

  @volatile private var current: Option[Open] = None

  def init(jobName: String, glueContext: GlueContext,
      args: java.util.Map[String, String] = Map[String, String]().asJava): this.type = synchronized {
    current.foreach(o => throw GlueApiErrors.jobAlreadyInitialized(o.run.context().jobName(),
      o.run.context().runId()))
    val run = glueContext.startRun(jobName, args)
    val hook: Runnable = () => endUnfinished(run)
    ShutdownHookManager.get().addShutdownHook(hook, HookPriority)
    current = Some(Open(glueContext, run, hook))
    this
  }

  /** `endpoint` is Glue's service endpoint; this runtime has none, so it is not used. */
  def init(jobName: String, glueContext: GlueContext, endpoint: String,
      args: java.util.Map[String, String]): this.type = init(jobName, glueContext, args)

  def isInitialized: Boolean = current.isDefined

  /** The id of the open run. */
  def runId: String = current.map(_.run.context().runId()).getOrElse(throw GlueApiErrors.jobNotInitialized())

  def commit(): Unit = synchronized {
    val open = current.getOrElse(throw GlueApiErrors.jobNotInitialized())
    end(open)
    open.run.commit()
  }

  /** Ends the open run as FAILED (nothing it staged is kept); nothing happens when no run is open. */
  def reset(): Unit = synchronized {
    current.foreach { open =>
      end(open)
      open.run.fail(new IllegalStateException("Job.reset() was called before Job.commit()"))
    }
  }

  private def end(open: Open): Unit = {
    current = None
    open.context.endRun(open.run)
    try ShutdownHookManager.get().removeShutdownHook(open.hook) catch {
      case _: IllegalStateException => // the JVM is already shutting down
    }
  }

  private def endUnfinished(run: JobRunner#OpenRun): Unit = synchronized {
    if (current.exists(_.run eq run)) {
      current = None
      run.fail(new IllegalStateException("the job's JVM ended without Job.commit()"))
    }
  }
}
