package org.partnershiphub.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form whose files are over the server's limit never reaches its controller: people get a GOV.UK page saying what
 * the limits are (status 413) instead of an error, and go back to choose smaller files.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

    private final HubProperties hub;

    UploadTooLargeAdvice(HubProperties hub) {
        this.hub = hub;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException cause) {
        ModelAndView page = new ModelAndView("error/413", HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("hub", hub);
        return page;
    }
}
