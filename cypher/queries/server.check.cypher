// The check of an open circuit (src/graph/driver.ts): the cheapest statement that needs the database to be up.
RETURN 1 AS up
