// a file with nothing but comments: a valid, empty compilation unit
/* nothing here */
