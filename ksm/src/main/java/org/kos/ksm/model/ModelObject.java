package org.kos.ksm.model;

/**
 * A policy object at run time (spec §8): the state of a model instance and its methods. Values are
 * plain Java objects (see {@link Values}): {@code Long} integers, {@code Boolean}, {@code String},
 * {@link Unit}, {@code List<Object>} for lists, sets and tuples, {@code Map<String, Object>} for
 * records and dictionaries. A rule returns a {@link Decision}; an expression returns a value.
 */
public interface ModelObject {
  /** The object's name in the policy ({@code phase}, {@code base}). */
  String name();

  /**
   * Calls {@code method} with its one argument (already checked against the signature by the
   * compiler). State changes go through {@code event}'s draft for this object.
   *
   * @throws EvalException for the failures the model defines (SID not bound, pool exhausted for an
   *     expression, transition not allowed where the spec says error, ...): the event is denied
   */
  Object call(String method, Object argument, EventState event) throws EvalException;

  /**
   * {@code method} resolved once, when the policy is loaded: the engine calls the result for every
   * event, without looking the method up by name again. A method the model does not have resolves
   * to one that fails when called, as {@link #call} does. The default goes through {@link #call}.
   */
  default Method method(String method) {
    return (argument, event) -> call(method, argument, event);
  }

  /** A method of an object, resolved by {@link #method}. */
  @FunctionalInterface
  interface Method {
    Object call(Object argument, EventState event) throws EvalException;
  }

  /**
   * Whether {@code method} only reads the object's state (a check or a query), never changes it. The
   * engine decides events whose stateful calls all only read without taking its state lock (they read
   * a consistent snapshot of the committed state, and retry under the lock when a change raced
   * them). False, the default, is always safe.
   */
  default boolean readsOnly(String method) {
    return false;
  }

  /** A resource or process with this SID is gone (KsmKssTerminate): drop its contexts and free its tables. */
  default void forget(long sid) {}
}
