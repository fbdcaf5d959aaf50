package tickler.digest;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;

/** The report page itself; any other {@link ReportLinks} bean replaces it. */
@DefaultBean
@ApplicationScoped
class ReportPageLinks implements ReportLinks {

    private final Links links;

    ReportPageLinks(Links links) {
        this.links = links;
    }

    @Override
    public String monthly(YearMonth month) {
        return links.path("/reports/monthly/" + month);
    }
}
