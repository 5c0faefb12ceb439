package org.kos.einit.yaml;

import java.util.List;
import java.util.Optional;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.diag.SourceSpan;

/**
 * What an init.yaml says, as written: no defaults filled in, nothing checked against the
 * interfaces yet. Every value keeps its position in the file the user wrote (the template, for an
 * {@code init.yaml.in}).
 */
public record InitYaml(SourceFile file, List<Entity> entities) {
  public InitYaml {
    entities = List.copyOf(entities);
  }

  /**
   * One {@code entities} item: a process of class {@code name}. {@code span} covers its first key,
   * which is where diagnostics about the entity as a whole point.
   */
  public record Entity(SourceSpan span, Text name, Optional<Text> task, Optional<Text> path, List<Text> args,
      List<EnvVar> env, List<Connection> connections, boolean dynamicConnectionManager) {
    public Entity {
      args = List.copyOf(args);
      env = List.copyOf(env);
      connections = List.copyOf(connections);
    }
  }

  /** {@code K: V} of {@code env}. */
  public record EnvVar(Text name, Text value) {}

  /**
   * One item of {@code connections} or {@code cmake_generated_connections} ({@code generated}):
   * this entity is a client of task {@code target} over channel {@code id}.
   */
  public record Connection(SourceSpan span, Text target, ConnectionId id, boolean generated) {}

  /** A channel name, given as text or as a C constant from a header. */
  public sealed interface ConnectionId {
    /** What connections are sorted and compared by: the name, or the constant's name. */
    String key();

    SourceSpan span();
  }

  /** {@code id: name}. */
  public record ChannelName(Text name) implements ConnectionId {
    @Override
    public String key() {
      return name.value();
    }

    @Override
    public SourceSpan span() {
      return name.span();
    }
  }

  /** {@code id: {var: NAME, include: header.h}}: the channel name is the C constant NAME. */
  public record ChannelConstant(Text var, Text include, SourceSpan span) implements ConnectionId {
    @Override
    public String key() {
      return var.value();
    }
  }
}
