/**
 * The Jakarta EE adapter of orgkit ({@code io.orgkit:org-impl-jakarta}), for servlet-based MicroProfile runtimes
 * (Payara, WildFly, Open Liberty): a Jakarta Security authentication mechanism that tells the runtime who calls, the
 * client's address from the servlet request, the module's start-up work once the web module starts, and problem+json
 * for paths nothing serves. The module enforces its gates without it.
 */
package io.orgkit.jakarta;
