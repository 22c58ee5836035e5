package org.recoverycollege.reporting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.ResourceBundle;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.account.web.Languages;
import org.recoverycollege.platform.control.Refusal;
import org.recoverycollege.reporting.control.ExportTable;
import org.recoverycollege.reporting.control.Exports;
import org.recoverycollege.reporting.control.RegisterPdf;
import org.recoverycollege.reporting.control.TableFiles;

/**
 * {@code /admin/export?kind=&format=}: downloads of run lists (term), rosters and registers (run),
 * evaluations (term), payment lines (month, yyyy-MM) as CSV or Excel, and a session's printable register
 * (kind=registerPdf, session). Administrators only, like everything under /admin/.
 */
@WebServlet("/admin/export")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Exports exports;

    @Inject
    private RegisterPdf registerPdf;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole("admin")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String actor = request.getRemoteUser();
        ResourceBundle texts = ResourceBundle.getBundle("i18n.messages", Languages.resolve(request));
        String kind = String.valueOf(request.getParameter("kind"));
        try {
            if ("registerPdf".equals(kind)) {
                long session = id(request, "session");
                response.setContentType("application/pdf");
                response.setHeader("Content-Disposition", "inline; filename=\"register-" + session + ".pdf\"");
                registerPdf.write(actor, session, texts, response.getOutputStream());
                return;
            }
            ExportTable table = switch (kind) {
                case "runs" -> exports.runList(actor, id(request, "term"));
                case "roster" -> exports.roster(actor, id(request, "run"));
                case "register" -> exports.register(actor, id(request, "run"));
                case "evaluations" -> exports.evaluations(actor, id(request, "term"));
                case "payments" -> exports.payments(actor, YearMonth.parse(String.valueOf(request.getParameter("month"))));
                default -> throw new IllegalArgumentException(kind);
            };
            List<String> headings = table.headings().stream()
                    .map(h -> texts.containsKey(h) ? texts.getString(h) : h).toList();
            if ("xlsx".equals(request.getParameter("format"))) {
                response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + table.fileName() + ".xlsx\"");
                TableFiles.excel(table.fileName(), headings, shown(table.rows(), texts), response.getOutputStream());
            } else {
                response.setContentType("text/csv; charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + table.fileName() + ".csv\"");
                TableFiles.csv(headings, shown(table.rows(), texts), response.getOutputStream());
            }
        } catch (IllegalArgumentException | DateTimeParseException | Refusal e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The rows as people read them: a closed account's name becomes "Former student" in the file's language. */
    private static List<List<Object>> shown(List<List<Object>> rows, ResourceBundle texts) {
        return rows.stream().map(row -> row.stream()
                .map(cell -> cell instanceof String name && UserAccount.isClosedName(name)
                        ? (Object) texts.getString("account.closedName") : cell)
                .toList()).toList();
    }

    private static long id(HttpServletRequest request, String name) {
        return Long.parseLong(String.valueOf(request.getParameter(name)));
    }
}
