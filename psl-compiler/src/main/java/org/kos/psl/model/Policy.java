package org.kos.psl.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.kos.psl.ast.Decl;
import org.kos.psl.ast.Expr;
import org.kos.psl.ast.PslFile;

/**
 * A checked policy: the root file and its fragments in include order, the process classes (sorted
 * by name, which is the vendor module's class numbering), models and objects, bindings in include
 * then text order, audit profiles and the default, tests, and what each application and message
 * access resolved to; {@code nk} is the EDL/CDL/IDL model the classes come from.
 */
public record Policy(PslFile root, org.kos.nkc.model.Model nk, List<PslFile> files, String executeInterface,
    SortedMap<String, ProcessClass> classes, Map<String, SecurityModel> models, Map<String, ModelObject> objects,
    List<Decl.Binding> bindings, Map<String, Decl.AuditProfile> auditProfiles, Decl.AuditDefault auditDefault,
    List<Decl.TestSet> tests, Map<Expr.App, CallTarget> calls) {
  public Policy {
    files = List.copyOf(files);
    bindings = List.copyOf(bindings);
    tests = List.copyOf(tests);
  }
}
