package org.partnershiphub.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * When the database cannot be reached, people get the GOV.UK "service unavailable" page with status 503 (not a 500),
 * and the pool reconnects by itself once the database is back.
 */
@ControllerAdvice
class DatabaseUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

    private final HubProperties hub;

    DatabaseUnavailableAdvice(HubProperties hub) {
        this.hub = hub;
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class, QueryTimeoutException.class})
    ModelAndView unavailable(RuntimeException cause, HttpServletResponse response) {
        log.warn("Database unavailable: {}", cause.getClass().getSimpleName());
        response.setHeader("Retry-After", "30");
        ModelAndView page = new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("hub", hub);
        return page;
    }
}
