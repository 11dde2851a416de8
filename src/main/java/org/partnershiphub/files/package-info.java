/**
 * Files: checked uploads, for any module that takes documents (business plan evidence, spreadsheet import).
 * <p>
 * {@link org.partnershiphub.files.UploadChecker} turns what a browser sent into a
 * {@link org.partnershiphub.files.CheckedUpload}, or refuses it with an
 * {@link org.partnershiphub.files.UploadRefused} whose message key explains why: size limit, an allow-list of
 * {@link org.partnershiphub.files.FileKind}s checked against the content (not only the name), and zip-bomb and
 * path-traversal checks for Office files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files")
package org.partnershiphub.files;
