/**
 * Notification receivers: resources post "resource–event mask" notifications here and programs
 * fetch them in order, with a timeout ({@code KnNoticeCreate}, {@code KnNoticeGetEvent}).
 * Subscriptions themselves are kept by the resources in {@link org.kos.kernel.handles}.
 */
package org.kos.kernel.notice;
