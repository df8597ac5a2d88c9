/** A package documented and annotated in package-info.java: the analyzer parses it and finds nothing to do. */
@Deprecated
package acme.modern;
