package org.kos.libkos;

/**
 * An endpoint of a process ({@code EndpointInfo}): one of its two names (qualified, e.g.
 * {@code echo.CPing.ping}, or by instance path, e.g. {@code cserver.ping}), its RIID and the name
 * of the interface it implements. Einit lists each endpoint twice, once per name form.
 */
public record EndpointInfo(String name, int riid, String ifaceName) {}
