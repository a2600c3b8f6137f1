/** Name pools for providers and patrons (fictional people). */

export const FIRST_NAMES = [
  'Jane', 'Rosa', 'Thanh', 'Lena', 'Janet', 'Devon', 'Maya', 'Miguel', 'Samira', 'Kevin', 'Grace', 'Maria', 'Greg', 'Paul',
  'Adaeze', 'Diego', 'Nia', 'Jordan', 'Priya', 'Sam', 'Carla', 'Omar', 'Helen', 'Marcus', 'Aisha', 'Brian', 'Chen', 'Dana',
  'Elena', 'Farah', 'Gabriel', 'Hannah', 'Isaac', 'Jasmine', 'Keisha', 'Liam', 'Mei', 'Nathan', 'Olivia', 'Pedro', 'Quinn',
  'Rachel', 'Sofia', 'Tariq', 'Ursula', 'Victor', 'Wendy', 'Xavier', 'Yolanda', 'Zach', 'Amir', 'Beth', 'Curtis', 'Deborah',
  'Ethan', 'Fatima', 'Gloria', 'Hector', 'Irene', 'Jamal', 'Kathleen', 'Luis', 'Monique', 'Noah', 'Patrice', 'Raymond',
  'Sharon', 'Tomas', 'Valerie', 'Winston', 'Alicia', 'Darnell', 'Erin', 'Frank', 'Ingrid', 'Julia', 'Kwame', 'Lucia', 'Mark',
] as const;

export const LAST_NAMES = [
  'Smith', 'Williams', 'Nguyen', 'Washington', 'Walker', 'Brooks', 'Robinson', 'Garcia', 'Ali', 'Grant', 'Patterson',
  'Lopez', 'Harris', 'Davis', 'Okafor', 'Reyes', 'Wright', 'Ellis', 'Raman', 'Whitaker', 'Brown', 'Johnson', 'Kim',
  'Martinez', 'Thompson', 'Baker', 'Chen', 'Adeyemi', 'Murphy', "O'Neill", 'Sullivan', 'Park', 'Hughes', 'Coleman',
  'Diaz', 'Foster', 'Greene', 'Hall', 'Ibrahim', 'Jenkins', 'Khan', 'Lewis', 'Mitchell', 'Novak', 'Owens', 'Perez',
  'Quarles', 'Rivera', 'Sanders', 'Torres', 'Underwood', 'Vargas', 'Watts', 'Young', 'Zimmerman', 'Bell', 'Carter',
  'Dixon', 'Evans', 'Fleming', 'Gordon', 'Hoffman', 'Jackson', 'Kowalski', 'Lee', 'Mensah', 'Nash', 'Ortiz', 'Price',
  'Ramos', 'Stewart', 'Tran', 'Vance', 'Wallace', 'Yates', 'Abbott', 'Boyd', 'Cruz', 'Dunn', 'Ferguson', 'Gupta',
] as const;

export const PATRON_FIRST = [
  'Robert', 'Linda', 'James', 'Patricia', 'Tyrone', 'Ashley', 'Brandon', 'Destiny', 'Kayla', 'Jose', 'Guadalupe', 'Wei',
  'Anthony', 'Brittany', 'Chris', 'Donna', 'Eric', 'Fiona', 'George', 'Heather', 'Ivan', 'Jessica', 'Kenneth', 'Lisa',
  'Michael', 'Nancy', 'Oscar', 'Pamela', 'Ricardo', 'Stephanie', 'Terrence', 'Vanessa', 'William', 'Yesenia', 'Ahmed',
  'Bianca', 'Cody', 'Dorothy', 'Emmanuel', 'Francisco', 'Gwen', 'Hiroshi', 'Imani', 'Juan', 'Karen', 'Lamar', 'Megan',
] as const;

export const PATRON_LAST = [
  'Greene', 'Moore', 'Taylor', 'Anderson', 'Thomas', 'Jackson', 'White', 'Martin', 'Clark', 'Rodriguez', 'Hernandez',
  'Gonzalez', 'Campbell', 'Edwards', 'Collins', 'Morris', 'Rogers', 'Reed', 'Cook', 'Morgan', 'Bailey', 'Cooper', 'Howard',
  'Ward', 'Peterson', 'Gray', 'James', 'Watson', 'Brooks', 'Kelly', 'Sanders', 'Bennett', 'Wood', 'Barnes', 'Ross',
] as const;
