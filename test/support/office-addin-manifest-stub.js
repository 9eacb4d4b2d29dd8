// Stand-in for office-addin-manifest under Jest: office-addin-mock only needs the module to load.
module.exports = {};
