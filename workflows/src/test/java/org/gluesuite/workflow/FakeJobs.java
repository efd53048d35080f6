package org.gluesuite.workflow;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gluesuite.workflow.engine.JobLaunch;
import org.gluesuite.workflow.engine.JobLauncher;
import org.gluesuite.workflow.engine.JobOutcome;

/** In-process jobs for engine tests: each job name gets a behaviour; every launch is recorded. */
public final class FakeJobs implements JobLauncher {
  /** What a fake job does. */
  @FunctionalInterface
  public interface Behaviour {
    JobOutcome run(JobLaunch launch) throws Exception;
  }

  public final List<JobLaunch> launches = new CopyOnWriteArrayList<>();
  private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();

  public FakeJobs on(String job, Behaviour behaviour) {
    behaviours.put(job, behaviour);
    return this;
  }

  public FakeJobs fails(String job, String message) {
    return on(job, l -> {
      throw new IllegalStateException(message);
    });
  }

  public FakeJobs sleeps(String job, long millis) {
    return on(job, l -> {
      Thread.sleep(millis);
      return JobOutcome.empty();
    });
  }

  @Override
  public JobOutcome run(JobLaunch launch) throws Exception {
    launches.add(launch);
    Behaviour behaviour = behaviours.get(launch.job().name());
    return behaviour == null ? new JobOutcome(10, 5, 1, 1, List.of("/lake/" + launch.job().name()), Map.of())
        : behaviour.run(launch);
  }

  public List<String> launchedJobs() {
    return launches.stream().map(l -> l.job().name()).toList();
  }
}
