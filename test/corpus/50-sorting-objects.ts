interface Student {
  name: string;
  grade: number;
  age: number;
}
const students: Student[] = [
  { name: "Zed", grade: 90, age: 20 },
  { name: "amy", grade: 85, age: 22 },
  { name: "Bob", grade: 90, age: 19 },
  { name: "cat", grade: 70, age: 21 },
];
const byGrade = [...students].sort((a, b) => b.grade - a.grade || a.name.localeCompare(b.name));
console.log(byGrade.map((s) => s.name).join(","));
const byName = [...students].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
console.log(byName.map((s) => s.name).join(","));
const avg = students.reduce((s, x) => s + x.grade, 0) / students.length;
console.log(avg, students.filter((s) => s.grade > avg).map((s) => s.name));
const groups: Record<number, string[]> = {};
for (const s of students) (groups[s.grade] ??= []).push(s.name);
console.log(groups);
console.log(JSON.stringify(students.map(({ name, age }) => ({ name, age }))));
